package id.go.merangin.sapo.api;

import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.ws.rs.ext.ContextResolver;
import jakarta.ws.rs.ext.Provider;

/**
 * The one JSON-B instance of the API, shared by every request: a {@link Jsonb} is thread-safe and keeps each class's
 * binding model once built. Without this resolver RESTEasy would build a new one for every body it reads and every
 * answer it writes.
 */
@Provider
public class SharedJsonb implements ContextResolver<Jsonb> {

    private static final Jsonb JSONB = JsonbBuilder.create();

    @Override
    public Jsonb getContext(Class<?> type) {
        return JSONB;
    }
}

package id.go.merangin.sapo.api;

import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.ws.rs.ext.ContextResolver;
import jakarta.ws.rs.ext.Provider;

/**
 * The one JSON-B instance of the API. Without a resolver, RESTEasy builds a new {@link Jsonb} for every body it
 * reads and every answer it writes (a provider lookup and each class's binding model worked out again): a fifth of
 * a check-in's CPU in the morning-rush profile. A {@link Jsonb} is thread-safe and keeps its models once built.
 */
@Provider
public class SharedJsonb implements ContextResolver<Jsonb> {

    private static final Jsonb JSONB = JsonbBuilder.create();

    @Override
    public Jsonb getContext(Class<?> type) {
        return JSONB;
    }
}

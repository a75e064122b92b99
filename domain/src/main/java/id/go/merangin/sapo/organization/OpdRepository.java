package id.go.merangin.sapo.organization;

import java.util.List;
import java.util.Optional;

/** Where OPDs are kept. */
public interface OpdRepository {

    Optional<Opd> find(long id);

    Optional<Opd> findByCode(String code);

    List<Opd> findAll();

    Opd store(Opd opd);
}

package id.go.merangin.sapo.organization;

/** An OPD as the OPD screen lists it: its place in the tree and its settings. */
public record OpdRow(
        long id,
        String code,
        String name,
        Long parentId,
        String parentName,
        boolean selfActivation,
        String zone,
        boolean active) {

    static OpdRow of(Opd opd) {
        return new OpdRow(
                opd.id(),
                opd.code(),
                opd.name(),
                opd.parent().map(Opd::id).orElse(null),
                opd.parent().map(Opd::name).orElse(null),
                opd.allowsSelfActivation(),
                opd.zone().getId(),
                opd.isActive());
    }
}

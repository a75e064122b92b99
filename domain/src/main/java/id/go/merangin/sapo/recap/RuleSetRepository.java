package id.go.merangin.sapo.recap;

import java.util.List;

/** Where BKPSDMD's versions of the {@link RuleSet} are kept; a version is added, never changed or removed. */
public interface RuleSetRepository {

    /** Every stored version, in no particular order (the built-in defaults are not stored). */
    List<StoredRuleSet> findAll();

    /** Adds a new version. */
    StoredRuleSet add(StoredRuleSet rules);
}

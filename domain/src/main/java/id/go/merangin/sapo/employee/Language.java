package id.go.merangin.sapo.employee;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** The languages of SAPO's screens: Bahasa Indonesia first, English second. */
public enum Language {
    ID("id"),
    EN("en");

    private final String tag;

    Language(String tag) {
        this.tag = tag;
    }

    /** The BCP 47 language tag, as the resource bundles and the browser name it. */
    public String tag() {
        return tag;
    }

    public Locale locale() {
        return Locale.forLanguageTag(tag);
    }

    /** The language of a tag such as {@code en} or {@code id}; nothing for any other text. */
    public static Optional<Language> ofTag(String tag) {
        return Arrays.stream(values())
                .filter(language -> language.tag.equals(tag))
                .findFirst();
    }
}

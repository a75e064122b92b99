package id.go.merangin.sapo.shared;

import jakarta.faces.component.UIComponent;
import jakarta.faces.context.FacesContext;
import jakarta.faces.convert.Converter;
import jakarta.faces.convert.FacesConverter;

/**
 * A record's id in the address ({@code asn-detail.xhtml?id=42}): anything that is not a positive whole number names
 * no record, so the page answers "not found" as for an id that does not exist, never a converter's message.
 */
@FacesConverter("sapo.RecordId")
public class RecordIdConverter implements Converter<Long> {

    @Override
    public Long getAsObject(FacesContext context, UIComponent component, String value) {
        if (value == null
                || value.isBlank()
                || value.length() > 18
                || !value.chars().allMatch(Character::isDigit)) {
            return null;
        }
        long id = Long.parseLong(value);
        return id > 0 ? id : null;
    }

    @Override
    public String getAsString(FacesContext context, UIComponent component, Long value) {
        return value == null ? "" : value.toString();
    }
}

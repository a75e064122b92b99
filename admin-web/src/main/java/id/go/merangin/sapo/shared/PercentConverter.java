package id.go.merangin.sapo.shared;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.component.UIComponent;
import jakarta.faces.context.FacesContext;
import jakarta.faces.convert.Converter;
import jakarta.faces.convert.ConverterException;
import jakarta.faces.convert.FacesConverter;
import java.math.BigDecimal;
import java.util.regex.Pattern;

/**
 * A percentage typed by an officer: shown with the language's decimal mark ("1,25"), read with either mark ("1,25"
 * or "1.25"), since a percentage never needs a thousands separator and an officer should not have to guess which
 * mark the screen wants. Anything else is refused with a message, never read as another number.
 */
@FacesConverter("sapo.percent")
public class PercentConverter implements Converter<BigDecimal> {

    private static final Pattern PERCENT = Pattern.compile("\\d{1,3}([.,]\\d{1,2})?");

    @Override
    public BigDecimal getAsObject(FacesContext context, UIComponent component, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String typed = value.strip().replaceAll("\\s*%$", "");
        if (!PERCENT.matcher(typed).matches()) {
            String text = Messages.bundle(context).getString("error.percent");
            throw new ConverterException(new FacesMessage(FacesMessage.SEVERITY_ERROR, text, text));
        }
        return new BigDecimal(typed.replace(',', '.'));
    }

    @Override
    public String getAsString(FacesContext context, UIComponent component, BigDecimal value) {
        return Formats.percentInput(value, context.getViewRoot().getLocale());
    }
}

package id.go.merangin.sapo.app;

import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;

/** {@code /app/settings.json}: the installation's settings for the app (see {@link AppSettings}). */
@WebServlet("/settings.json")
public class AppSettingsServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    private byte[] json;

    @Override
    public void init() {
        json = AppSettings.fromConfig().toJson().getBytes(StandardCharsets.UTF_8);
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        response.setContentType("application/json;charset=UTF-8");
        response.setContentLength(json.length);
        response.getOutputStream().write(json);
    }
}

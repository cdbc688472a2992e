package clinic.letdown.web;

import java.net.URI;

import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.NewCookie;
import jakarta.ws.rs.core.Response;

/**
 * /language/{tag}: the language link of the pages seen before signing in (sign-in, errors). Keeps
 * the choice in a cookie for a year and goes back to the page it came from (a path of this app
 * only). Signed in, each person's own language applies: staff choose it on their account page, a
 * client's is set on her record and in her portal.
 */
@Path("/language")
@PermitAll
public class LanguageResource {

    static final int ONE_YEAR = 365 * 24 * 3600;

    @GET
    @Path("{tag}")
    public Response choose(@PathParam("tag") String tag, @QueryParam("return") String back) {
        Language language = Language.ofTag(tag);
        if (language == null) {
            throw new NotFoundException();
        }
        NewCookie cookie = new NewCookie.Builder(RequestLanguage.COOKIE).value(language.tag).path("/").httpOnly(true)
                .sameSite(NewCookie.SameSite.LAX).maxAge(ONE_YEAR).build();
        return Response.seeOther(URI.create(localPath(back))).cookie(cookie).build();
    }

    /** Only a path of this app ("/login"), never another site ("//evil.example", "https://..."). */
    static String localPath(String back) {
        if (back == null || !back.startsWith("/") || back.startsWith("//") || back.startsWith("/\\")
                || back.length() > 500 || back.chars().anyMatch(c -> c < 0x21 || c > 0x7e)) {
            return "/login";
        }
        return back;
    }
}

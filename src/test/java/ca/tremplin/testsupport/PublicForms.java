package ca.tremplin.testsupport;

import java.net.URL;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The public forms' addresses, found as a visitor finds them: from the public lists, by their links. */
public final class PublicForms {

    private PublicForms() {
    }

    /**
     * The address of the first event of the public list that takes registrations and, when an organiser is given,
     * that the centre so named organises (named first among the event's centres).
     */
    public static String firstEventTakingRegistrations(URL deployment, String organiser) throws Exception {
        HttpVisitor visitor = new HttpVisitor(deployment);
        // The list is read page after page (20 events a page): the events other tests made may come first.
        String list = "";
        for (int number = 1; number <= 200; number++) {
            list = visitor.get("fr/evenements" + (number == 1 ? "" : "?page=" + number)).body();
            Matcher links = Pattern.compile("href=\"" + Pattern.quote(deployment.getPath())
                    + "(fr/evenements/[^\"#?]+)\"").matcher(list);
            while (links.find()) {
                String page = visitor.get(links.group(1)).body();
                // A full event's form takes people on its waiting list: not a registration.
                if (page.contains("id=\"registration\"") && !page.contains("id=\"registration-full\"")
                        && (organiser == null || page.contains("id=\"event-centres\">" + organiser))) {
                    return links.group(1);
                }
            }
            if (!list.contains("id=\"next-page\"")) {
                break;
            }
        }
        throw new AssertionError("No open event on the public list: " + list);
    }

    /** The application forms of up to {@code most} open offers of the public board. */
    public static List<String> applicationForms(URL deployment, int most) throws Exception {
        HttpVisitor visitor = new HttpVisitor(deployment);
        Matcher links = Pattern.compile("href=\"" + Pattern.quote(deployment.getPath()) + "(fr/offres/[^\"#?]+)\"")
                .matcher(visitor.get("fr/offres").body());
        List<String> forms = new ArrayList<>();
        while (links.find() && forms.size() < most) {
            Matcher apply = Pattern.compile("href=\"" + Pattern.quote(deployment.getPath())
                    + "(fr/postuler\\?offer=\\d+)\"").matcher(visitor.get(links.group(1)).body());
            if (apply.find()) {
                // Where the "Apply" address sends a visitor (303), the form's own page, once the language is set.
                String location = visitor.get(apply.group(1)).headers().firstValue("Location").orElseThrow();
                forms.add(location.substring(location.indexOf(deployment.getPath()) + deployment.getPath().length())
                        .replace("&lang=fr", ""));
            }
        }
        if (forms.isEmpty()) {
            throw new AssertionError("The public board lists no open offer");
        }
        return forms;
    }
}

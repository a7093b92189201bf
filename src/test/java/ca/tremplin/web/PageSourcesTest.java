package ca.tremplin.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * What every page says, read in the views' sources without a browser: a calendar day in the words of the page's
 * language, never "2026-12-07"; a person without a name still a link one can read; a tab's title that tells which
 * page it is; a public form that came back refused summarising what is wrong at its top.
 */
class PageSourcesTest {

    private static final Path WEBAPP = Path.of("src", "main", "webapp");

    /** A property that holds a day or a moment: written raw, a {@code LocalDate} reads "2026-12-07" in either language. */
    private static final Pattern DAY_PROPERTY = Pattern.compile(
            "\\b[a-zA-Z_][\\w\\[\\]]*(?:\\.\\w+(?:\\(\\))?)*\\.(\\w*(?:On|At|Due|Date|Deadline)|week|monday)(?:\\(\\))?(?![\\w(])");

    /**
     * A staff member reading the campaigns in French sees "7 déc. 2026 – 31 janv. 2027", in English "Dec 7, 2026 – Jan
     * 31, 2027", and "Semaine du 7 déc. 2026" above a week of the plan: no page writes a day or a moment as the server
     * would ({@code formats.day}, {@code formats.date}, {@code formats.dateTime} write them).
     */
    @Test
    void aDayIsWrittenInThePagesLanguageNeverAsTheServerWouldWriteIt() throws IOException {
        Map<String, String> writtenAlready = Map.of(
                "interviewAnswerPage.interview.answeredOn()", "a text InterviewAnswers writes in the candidate's language");
        List<String> raw = new ArrayList<>();
        for (Path view : views()) {
            String source = withoutComments(Files.readString(view));
            for (String shown : shownExpressions(source)) {
                String outside = outsideCalls(withoutTexts(shown));
                Matcher day = DAY_PROPERTY.matcher(outside);
                while (day.find()) {
                    String rest = outside.substring(day.end()).strip();
                    if (!writtenAlready.containsKey(day.group()) && !rest.startsWith("ne null") && !rest.startsWith("eq null") && !rest.startsWith("== null")
                            && !rest.startsWith("!= null")) {
                        raw.add(name(view) + ": #{" + shown + "}");
                    }
                }
            }
        }
        assertEquals(List.of(), raw, "days shown as the server writes them: use formats.day, date or dateTime");
    }

    /**
     * A campaign that brought 12,480 visits reads "12 480" on a French page and "12,480" on an English one, as the
     * reports and the showcase's audience do: every cell of a table of figures writes its number through
     * {@code formats}, or says a state in words: a week whose objective was reached is marked "✓" for the eye and
     * "(objectif atteint)" for a screen reader, which would read the mark alone as "coche".
     */
    @Test
    void aTableOfFiguresWritesItsNumbersInThePagesLanguage() throws IOException {
        List<String> raw = new ArrayList<>();
        Pattern table = Pattern.compile("<table class=\"[^\"]*\\bfigures-table\\b[^\"]*\".*?</table>", Pattern.DOTALL);
        Pattern cell = Pattern.compile("<td\\b[^>]*>(.*?)</td>", Pattern.DOTALL);
        int cells = 0;
        for (Path view : views()) {
            Matcher figures = table.matcher(withoutComments(Files.readString(view)));
            while (figures.find()) {
                Matcher td = cell.matcher(figures.group());
                while (td.find()) {
                    if (td.group(1).contains("<code>")) {
                        continue; // an address, not a figure
                    }
                    cells++;
                    for (String shown : shownExpressions(">" + td.group(1) + "<")) {
                        if (!shown.contains("formats.") && !shown.startsWith("msg[")) {
                            raw.add(name(view) + ": #{" + shown + "}");
                        }
                    }
                }
            }
        }
        assertTrue(cells >= 20, "the tables of figures are found: " + cells);
        assertEquals(List.of(), raw, "figures written as the server writes them: use formats.number");
    }

    /**
     * A recruiter typing an event's English title on a French page has it spell-checked in English, and a screen
     * reader reads it with an English voice: every field that holds a text in one language ({@code titleFr},
     * {@code titleEn}, and a French text whose English twin is {@code …En}) says that language.
     */
    @Test
    void aFieldForATextInOneLanguageSaysWhichLanguage() throws IOException {
        Pattern field = Pattern.compile("<(?:p|h):input\\w*\\b[^>]*>");
        Pattern bound = Pattern.compile("\\bvalue=\"#\\{([\\w.]+)}\"");
        List<String> unsaid = new ArrayList<>();
        int fields = 0;
        for (Path view : views()) {
            String source = withoutComments(Files.readString(view));
            List<String> tags = new ArrayList<>();
            Set<String> properties = new TreeSet<>();
            Matcher input = field.matcher(source);
            while (input.find()) {
                Matcher value = bound.matcher(input.group());
                if (value.find()) {
                    tags.add(input.group());
                    properties.add(value.group(1));
                }
            }
            for (String tag : tags) {
                Matcher value = bound.matcher(tag);
                value.find();
                String property = value.group(1);
                String language = property.endsWith("En") ? "en" : property.endsWith("Fr")
                        || properties.contains(property + "En") ? "fr" : null;
                if (language != null) {
                    fields++;
                    if (!tag.contains("lang=\"" + language + "\"")) {
                        unsaid.add(name(view) + ": " + property + " (" + language + ")");
                    }
                }
            }
        }
        assertTrue(fields >= 20, "the fields for a text in one language are found: " + fields);
        assertEquals(List.of(), unsaid, "fields for a text in one language without its lang");
    }

    /**
     * A task on a person an imported list knew by e-mail alone, on the dashboard, or a person an import's undo kept:
     * the link to their page reads "Sans nom (n° 53)", never a link of no words that a screen reader cannot name and
     * a mouse cannot find. Every page shows a person's name through {@code shownNames.of}, which also says an erased one.
     */
    @Test
    void aPersonsNameIsShownThroughShownNamesSoThatAPersonWithoutOneIsStillALink() throws IOException {
        List<String> bare = new ArrayList<>();
        for (Path view : views()) {
            for (String shown : shownExpressions(withoutComments(Files.readString(view)))) {
                if (Pattern.compile("\\bfirstName\\b").matcher(outsideCalls(withoutTexts(shown))).find()) {
                    bare.add(name(view) + ": #{" + shown + "}");
                }
            }
        }
        assertEquals(List.of(), bare, "names shown without shownNames.of(firstName, lastName, id)");
    }

    /**
     * A recruiter with two offers' applications open in two tabs tells them apart by their titles, as by their
     * headings; an invited member of staff choosing their first password reads "Bienvenue" in the tab as on the page.
     * What a page's heading takes from its bean, its title says too.
     */
    @Test
    void aPageWhoseHeadingNamesWhatItShowsSaysItInItsTitle() throws IOException {
        Map<String, String> headingsNotTitles = Map.of(
                "admin/index.xhtml", "the heading greets the signed-in member of staff; the title names the dashboard",
                "dossier.xhtml", "the heading greets the applicant by name; the title, kept in a shared computer's "
                        + "history, names the page only",
                "WEB-INF/catalog/program.xhtml", "the title is the program's, from programPage.title");
        List<String> untold = new ArrayList<>();
        Pattern heading = Pattern.compile("<h1\\b[^>]*>(.*?)</h1>", Pattern.DOTALL);
        Pattern property = Pattern.compile("\\b([a-z]\\w*(?:\\.\\w+)+)");
        for (Path view : views()) {
            String source = withoutComments(Files.readString(view));
            String title = title(source);
            if (title == null || headingsNotTitles.containsKey(name(view))) {
                continue;
            }
            Matcher h1 = heading.matcher(source);
            while (h1.find()) {
                for (String expression : expressions(h1.group(1))) {
                    Matcher used = property.matcher(expression.replaceAll("'[^']*'", ""));
                    while (used.find()) {
                        String path = used.group(1);
                        if (!path.startsWith("msg.") && !path.startsWith("languagePreference.")
                                && !title.contains(path)) {
                            untold.add(name(view) + ": " + path);
                        }
                    }
                }
            }
        }
        assertEquals(List.of(), untold, "headings that name what the title does not");
        assertTrue(views().stream().map(PageSourcesTest::name).toList().containsAll(headingsNotTitles.keySet()),
                "the pages set aside exist");
    }

    /**
     * An apprentice posting a profile from a phone, refused for a missing consent at the bottom of a long form, is
     * told at the top, where the page opens: the summary of what is wrong ({@code form-errors.xhtml}) takes the focus,
     * says the form was not sent in the tab's title, and links each message to its field. Every public page whose
     * fields have messages has it, but the few whose one or two fields sit on the first screen.
     */
    @Test
    void aPublicFormWithFieldMessagesSummarisesWhatIsWrongAtItsTop() throws IOException {
        Map<String, String> firstScreenOnly = Map.of(
                "signin.xhtml", "two fields on the first screen, their messages beside them",
                "password-forgotten.xhtml", "one field on the first screen, its message beside it",
                "password-reset.xhtml", "two fields on the first screen, their messages beside them");
        Set<String> without = new TreeSet<>();
        for (Path view : views()) {
            String source = withoutComments(Files.readString(view));
            if (!source.contains("template=\"/WEB-INF/templates/public.xhtml\"")
                    || firstScreenOnly.containsKey(name(view))) {
                continue;
            }
            if (fieldMessages(source) > 0 && !source.contains("src=\"/WEB-INF/templates/form-errors.xhtml\"")) {
                without.add(name(view));
            }
        }
        assertEquals(Set.of(), without, "public forms with field messages and no summary of them");
        assertTrue(views().stream().map(PageSourcesTest::name).toList().containsAll(firstScreenOnly.keySet()),
                "the pages set aside exist");
    }

    /** The field messages of a page and of the parts it includes. */
    /**
     * Every public form that asks for a phone says to write it with its country code, as the information request
     * does ("+33 6 12 34 56 78"), the hint read out with the field, and says how a number typed without it was read
     * (PhoneReadBack), beside the field and once sent: a French mobile typed "06…" from Morocco is a Moroccan one.
     */
    @Test
    void everyPublicFormsPhoneFieldSaysToWriteItsCountryCodeAndHowItWasRead() throws IOException {
        Pattern phoneField = Pattern.compile("<[hp]:inputText id=\"phone\"[^>]*aria-describedby=\"([^\"]*)\"");
        List<String> missing = new ArrayList<>();
        for (String form : List.of("WEB-INF/inquiry/form.xhtml", "WEB-INF/event/event.xhtml", "apply.xhtml")) {
            String source = withoutComments(Files.readString(WEBAPP.resolve(form)));
            Matcher phone = phoneField.matcher(source.replaceAll("\\s+", " "));
            if (!phone.find() || !List.of(phone.group(1).split(" ")).contains("phone-help")) {
                missing.add(form + ": the phone field is not described by the hint");
            }
            if (!source.matches("(?s).*id=\"phone-help\"[^>]*>#\\{msg\\['inquiry.form.phoneHelp']}<.*")) {
                missing.add(form + ": no hint with the country code");
            }
            if (count(source, "phoneReadBack.beside(") != 1 || count(source, "phoneReadBack.confirmation(") != 1) {
                missing.add(form + ": the number's reading is not said beside the field and once sent");
            }
        }
        assertEquals(List.of(), missing);
    }

    private static int fieldMessages(String source) throws IOException {
        int count = count(source, "<h:message ") + count(source, "<p:message ");
        Matcher included = Pattern.compile("<ui:include src=\"/(WEB-INF/(?!templates/)[^\"]+)\"").matcher(source);
        while (included.find()) {
            count += fieldMessages(withoutComments(Files.readString(WEBAPP.resolve(included.group(1)))));
        }
        return count;
    }

    private static int count(String text, String part) {
        return text.split(Pattern.quote(part), -1).length - 1;
    }

    /** The title a page gives its template, or writes itself; null for a part of a page. */
    private static String title(String source) {
        Matcher defined = Pattern.compile("<ui:define name=\"title\">(.*?)</ui:define>", Pattern.DOTALL).matcher(source);
        if (defined.find()) {
            return defined.group(1);
        }
        Matcher written = Pattern.compile("<title>(.*?)</title>", Pattern.DOTALL).matcher(source);
        return written.find() ? written.group(1) : null;
    }

    /**
     * The expressions a page writes as text: between tags, or as an {@code h:outputText}'s value or a message's
     * parameter. A field's value, a condition, an address are left out: a date picker reads its own value.
     */
    static List<String> shownExpressions(String source) {
        List<String> shown = new ArrayList<>();
        Matcher text = Pattern.compile(">([^<]+)<").matcher(source);
        while (text.find()) {
            shown.addAll(expressions(text.group(1)));
        }
        Matcher written = Pattern.compile("<(?:h:outputText|f:param)\\b[^>]*?\\bvalue=\"([^\"]*)\"").matcher(source);
        while (written.find()) {
            shown.addAll(expressions(written.group(1)));
        }
        return shown;
    }

    private static List<String> expressions(String text) {
        List<String> found = new ArrayList<>();
        Matcher expression = Pattern.compile("#\\{([^}]*)}").matcher(text);
        while (expression.find()) {
            found.add(expression.group(1));
        }
        return found;
    }

    /**
     * An expression with what its calls are given taken out: {@code formats.day(c.startsOn)} gives
     * {@code formats.day(_)}, a method given something that it writes out, as a bean's {@code registeredAt(r)}.
     */
    static String outsideCalls(String expression) {
        StringBuilder outside = new StringBuilder();
        int depth = 0;
        boolean given = false;
        for (char c : expression.toCharArray()) {
            if (c == ')') {
                depth--;
            }
            if (depth == 0) {
                if (c == ')' && given) {
                    outside.append('_');
                }
                outside.append(c);
                given = false;
            } else if (!Character.isWhitespace(c)) {
                given = true;
            }
            if (c == '(') {
                depth++;
            }
        }
        return outside.toString();
    }

    /** An expression without the texts it quotes: {@code msg['campaign.startsOn']} names no property. */
    private static String withoutTexts(String expression) {
        return expression.replaceAll("'[^']*'", "''");
    }

    private static String withoutComments(String source) {
        return source.replaceAll("(?s)<!--.*?-->", "");
    }

    static String name(Path view) {
        return WEBAPP.relativize(view).toString().replace('\\', '/');
    }

    static List<Path> views() throws IOException {
        try (Stream<Path> files = Files.walk(WEBAPP)) {
            return files.filter(file -> file.toString().endsWith(".xhtml")).sorted().toList();
        } catch (UncheckedIOException unreadable) {
            throw unreadable.getCause();
        }
    }
}

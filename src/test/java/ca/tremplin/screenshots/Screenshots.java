package ca.tremplin.screenshots;

import ca.tremplin.testsupport.Browser;
import ca.tremplin.testsupport.DemoAccounts;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import org.openqa.selenium.Dimension;

/**
 * The README's pictures of the main pages, taken from a running server with the demo data at a desktop's width and at
 * a phone's, in French, as the demo's visitor and the CSS du Fjord's admin see them. Not a test: {@code
 * src/ops/screenshots.sh} starts a demo server and runs this against it.
 *
 * <p>Usage: {@code Screenshots BASE_URL OUTPUT_FOLDER}.
 */
public final class Screenshots {

    /** A page, the name of its pictures, and whether the Fjord's admin must be signed in to see it. */
    record Page(String path, String name, boolean staff) {
    }

    static final List<Page> PAGES = List.of(
            new Page("/fr/programmes", "catalogue", false),
            new Page("/fr/vitrine", "showcase", false),
            new Page("/fr/information?css=css-du-fjord", "information-request", false),
            new Page("/admin/leads.xhtml", "lead-list", true),
            new Page("/admin/board.xhtml", "board", true),
            new Page("/admin/reports.xhtml", "reports", true));

    /** Width and height in CSS pixels, and the suffix of the pictures. */
    record Screen(int width, int height, String suffix) {
    }

    static final List<Screen> SCREENS = List.of(new Screen(1280, 900, "desktop"), new Screen(390, 844, "phone"));

    private Screenshots() {
    }

    public static void main(String[] arguments) throws Exception {
        URL base = new URL(arguments[0].endsWith("/") ? arguments[0] : arguments[0] + "/");
        Path folder = Files.createDirectories(Path.of(arguments[1]));
        try (Browser browser = Browser.open(base)) {
            for (boolean staff : List.of(false, true)) {
                if (staff) {
                    browser.signIn(DemoAccounts.FJORD_ADMIN, DemoAccounts.PASSWORD);
                }
                for (Page page : PAGES.stream().filter(p -> p.staff() == staff).toList()) {
                    for (Screen screen : SCREENS) {
                        browser.driver().manage().window().setSize(new Dimension(screen.width(), screen.height()));
                        browser.go(page.path());
                        Path taken = browser.screenshot();
                        Path target = folder.resolve(page.name() + "-" + screen.suffix() + ".png");
                        Files.move(taken, target, StandardCopyOption.REPLACE_EXISTING);
                        System.out.println(target);
                    }
                }
            }
        }
    }
}

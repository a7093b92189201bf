package ca.tremplin.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ca.tremplin.testsupport.DemoAccounts;
import ca.tremplin.testsupport.Deployments;
import ca.tremplin.testsupport.HttpVisitor;
import java.net.URL;
import java.net.http.HttpResponse;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Every link the back office shows a member of staff opens for them: each demo role follows the links of its pages
 * from its home page, and each answers 200: none leads to a refusal (a recruiter sent to an admin's page), a missing
 * page or an error.
 * Each view is visited at most 30 times per set of parameters (thirty leads' pages, not every lead's), enough to reach
 * pages whose links depend on what they show (a lead with applications) without reading every record.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class StaffLinksIT {

    @Deployment
    static WebArchive deployment() {
        return Deployments.application();
    }

    @ArquillianResource
    URL deployment;

    private static final Pattern LINK = Pattern.compile("href=\"([^\"#]+)\"");
    /** Addresses of the same view with the same parameters, whatever their values, visited at most this often. */
    private static final int VISITS_PER_SHAPE = 30;

    @Test
    void everyBackOfficeLinkOpensForTheStaffMemberItIsShownTo() throws Exception {
        List<String> broken = new ArrayList<>();
        for (String account : List.of(DemoAccounts.FJORD_RECRUITER, DemoAccounts.FJORD_ADMIN,
                DemoAccounts.PLATFORM_ADMIN, DemoAccounts.COORDINATION_RECRUITER)) {
            broken.addAll(brokenLinksShownTo(account));
        }
        assertEquals(List.of(), broken, "links that do not open for the staff member they are shown to");
    }

    /** Follows the links of the back office as this account, from its home page; returns those that fail. */
    private List<String> brokenLinksShownTo(String account) throws Exception {
        HttpVisitor staff = new HttpVisitor(deployment);
        staff.signIn(account, DemoAccounts.PASSWORD);
        String context = deployment.getPath();
        Map<String, Integer> visitsByShape = new HashMap<>();
        Map<String, String> foundOn = new HashMap<>();
        Deque<String> toVisit = new ArrayDeque<>(List.of("admin/"));
        foundOn.put("admin/", "(home page)");
        List<String> broken = new ArrayList<>();
        int visited = 0;
        while (!toVisit.isEmpty()) {
            String address = toVisit.poll();
            HttpResponse<String> page = staff.get(address);
            visited++;
            // The status alone: a page's body may quote what people typed (the demo's mailbox shows every message,
            // those of the hostile-value tests too), so no text in it tells a failure.
            if (page.statusCode() != 200) {
                broken.add(account + ": " + page.statusCode() + " " + address + " (a link on " + foundOn.get(address)
                        + ")");
                continue;
            }
            Matcher links = LINK.matcher(page.body());
            while (links.find()) {
                String link = links.group(1).replace("&amp;", "&");
                if (!link.startsWith(context)) {
                    continue;
                }
                String target = link.substring(context.length());
                if (isPageOfTheBackOffice(target) && !foundOn.containsKey(target)
                        && visitsByShape.merge(shape(target), 1, Integer::sum) <= VISITS_PER_SHAPE) {
                    foundOn.put(target, address);
                    toVisit.add(target);
                }
            }
        }
        assertTrue(visited > 15, account + " reached " + visited + " pages only: " + foundOn.keySet());
        return broken;
    }

    /**
     * Back-office pages, not downloads (each has its own test) nor the language switch, which would change the
     * account's language for the tests that follow.
     */
    private static boolean isPageOfTheBackOffice(String target) {
        String path = target.split("\\?", 2)[0];
        return (path.startsWith("admin/") || path.startsWith("demo/"))
                && (path.endsWith(".xhtml") || path.endsWith("/")) && !target.contains("lang=");
    }

    /** The view and the names of its parameters, sorted: {@code admin/lead.xhtml?id}. */
    private static String shape(String target) {
        String[] parts = target.split("\\?", 2);
        if (parts.length == 1) {
            return parts[0];
        }
        return parts[0] + "?" + Arrays.stream(parts[1].split("&")).map(pair -> pair.split("=", 2)[0]).sorted()
                .collect(Collectors.joining("&"));
    }
}

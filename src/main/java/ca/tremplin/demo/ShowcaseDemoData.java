package ca.tremplin.demo;

import ca.tremplin.catalog.ProgramStatus;
import ca.tremplin.kernel.Languages;
import ca.tremplin.showcase.ProfilePost;
import ca.tremplin.showcase.SampleProfiles;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.GradientPaint;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import javax.imageio.ImageIO;

/**
 * The demo's apprentices' showcase: a few approved profiles in a centre, each with a photo drawn here (a figure at a
 * workbench, in the colours of its trade) — no file is shipped. Runs inside the centre's tenant.
 */
@ApplicationScoped
public class ShowcaseDemoData {

    private record Apprentice(String name, String trade, String programWord, String workplace, String testimony,
                              String languages, Locale language, Color colour) {
    }

    private static final List<Apprentice> APPRENTICES = List.of(
            new Apprentice("Fatou", "Soudeuse", "soudage", "Métallurgie Saguenay",
                    "J’ai choisi le soudage parce que j’aime voir une pièce prendre forme. Ma journée commence à 7 h :"
                            + " lecture des plans, préparation des pièces, puis l’arc, toute la matinée.",
                    "français, wolof", Languages.FRENCH, new Color(0xC0, 0x5A, 0x1E)),
            new Apprentice("Jonathan", "Mécanicien de véhicules lourds", "mécanique", "Transport Boréal",
                    "Depuis petit, je répare tout ce qui a un moteur. À l’atelier, chaque camion est un casse-tête :"
                            + " diagnostic le matin, réparation l’après-midi, et un compagnon qui m’apprend les trucs.",
                    "français", Languages.FRENCH, new Color(0x2E, 0x5E, 0x8C)),
            new Apprentice("Priya", "Pastry cook", "pâtisserie", "Boulangerie du Fjord",
                    "I came to Québec for pastry and stayed for the people. My day starts at five with the doughs;"
                            + " by noon the display is full, and I learn a new technique every week.",
                    "English, Tamil, français", Languages.ENGLISH, new Color(0xB0, 0x3A, 0x6E)),
            new Apprentice("Mathis", "Électricien", "électricité", "Électro Lac-Saint-Jean",
                    "Un métier concret, payé dès la formation. Je passe mes journées sur les chantiers avec mon"
                            + " compagnon : câblage, panneaux, et la fierté quand tout s’allume.",
                    "français, anglais", Languages.FRENCH, new Color(0x3C, 0x7A, 0x3C)));

    @Inject
    SampleProfiles samples;

    @PersistenceContext(unitName = "tremplin")
    EntityManager em;

    @Transactional(Transactional.TxType.MANDATORY)
    public int fill(long tenantId, Instant now) {
        int made = 0;
        for (int i = 0; i < APPRENTICES.size(); i++) {
            Apprentice a = APPRENTICES.get(i);
            Long program = programFor(a.programWord());
            if (program == null) {
                continue;
            }
            ProfilePost post = new ProfilePost(a.name(), program, a.trade(), a.workplace(), a.testimony(),
                    a.languages(), a.name().toLowerCase(Locale.ROOT) + ".apprenti@exemple.demo", 2003, null, null,
                    true, true, true);
            long profile = samples.publishApproved(tenantId, post, new ByteArrayInputStream(photo(a.colour(), i)),
                    a.language(), now.minusSeconds(3600L * (APPRENTICES.size() - i)));
            countAudience(profile, i, now);
            made++;
        }
        return made;
    }

    /**
     * A month of views and clicks for the showcase's audience chart, as visitors would leave them: more on weekends
     * and for the first profiles, about one click for six views. Fixed numbers: every demo shows the same.
     */
    private void countAudience(long profileId, int rank, Instant now) {
        LocalDate today = LocalDate.ofInstant(now, ca.tremplin.kernel.QuebecTime.ZONE);
        for (int ago = 0; ago < 30; ago++) {
            LocalDate day = today.minusDays(ago);
            boolean weekend = day.getDayOfWeek().getValue() >= 6;
            int views = 4 + (rank * 7 + ago * 13) % 19 + (weekend ? 9 : 0) + 3 * (APPRENTICES.size() - rank);
            em.createNativeQuery("insert into showcase_daily_count (profile_id, count_day, views, program_clicks,"
                            + " offer_clicks, request_clicks) values (?1, ?2, ?3, ?4, ?5, ?6)")
                    .setParameter(1, profileId).setParameter(2, day).setParameter(3, views)
                    .setParameter(4, views / 6).setParameter(5, (views + ago) / 9).setParameter(6, (views + rank) / 12)
                    .executeUpdate();
        }
    }

    /** The centre's published program whose title has the word, else its first published program. */
    private Long programFor(String word) {
        List<Long> found = em.createQuery("select p.id from Program p where p.status = :published"
                        + " order by case when lower(p.titleFr) like :word then 0 else 1 end, p.id", Long.class)
                .setParameter("published", ProgramStatus.PUBLISHED).setParameter("word", "%" + word + "%")
                .setMaxResults(1).getResultList();
        return found.isEmpty() ? null : found.get(0);
    }

    /** A figure at a workbench, drawn: a wall, a bench, a person in the trade's colour wearing a helmet. */
    static byte[] photo(Color colour, int variant) {
        BufferedImage image = new BufferedImage(960, 1200, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setPaint(new GradientPaint(0, 0, new Color(0xE8, 0xE4, 0xDA), 0, 1200, new Color(0xB8, 0xB0, 0xA0)));
        g.fillRect(0, 0, 960, 1200);
        g.setColor(new Color(0x6B, 0x4E, 0x2E));
        g.fillRect(0, 860, 960, 60);
        g.fillRect(60, 920, 40, 280);
        g.fillRect(860, 920, 40, 280);
        g.setColor(colour);
        g.fillRoundRect(330, 520, 300, 420, 80, 80);
        g.setColor(new Color(0xF1, 0xC2, 0x7D).darker());
        g.fillOval(400, 300, 160, 200);
        g.setColor(new Color(0xF2, 0xB8, 0x00));
        g.fillArc(385, 270, 190, 140, 0, 180);
        g.setColor(Color.DARK_GRAY);
        g.setStroke(new BasicStroke(18));
        int reach = 120 + 40 * variant;
        g.drawLine(600, 640, 600 + reach / 2, 820);
        g.drawLine(600 + reach / 2, 820, 640 + reach, 860);
        g.dispose();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            ImageIO.write(image, "png", out);
        } catch (IOException impossible) {
            throw new IllegalStateException(impossible);
        }
        return out.toByteArray();
    }
}

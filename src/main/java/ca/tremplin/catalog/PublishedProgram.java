package ca.tremplin.catalog;

import ca.tremplin.tenant.QuebecRegion;
import java.time.LocalDate;
import java.util.List;

/**
 * One published program of an active school service centre, as the public sees it: its catalogue card, its
 * texts, the centres where it is given and its upcoming open intakes. A detached copy, never an entity, so
 * that nothing outside the catalogue can load more of it or change it.
 */
public record PublishedProgram(
        ProgramCard card,
        String sectorNameFr,
        String sectorNameEn,
        String descriptionFr,
        String descriptionEn,
        String admissionFr,
        String admissionEn,
        String careersFr,
        String careersEn,
        boolean tuitionExemption,
        List<Place> centres,
        List<UpcomingIntake> upcomingIntakes) {

    /** A centre where the program is given. */
    public record Place(String name, String address, String city, QuebecRegion region) {
    }

    /** An open intake starting today or later, at one of the program's centres. */
    public record UpcomingIntake(LocalDate startDate, LocalDate applicationDeadline, int seats,
                                 int internationalSeats, String centreName, String centreCity) {
    }
}

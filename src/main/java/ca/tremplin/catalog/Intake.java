package ca.tremplin.catalog;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;
import org.hibernate.annotations.TenantId;

/** A start date of a program at one centre, with its seats. */
@Entity
@Table(name = "intake")
public class Intake implements java.io.Serializable {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @TenantId
    @Column(name = "tenant_id", nullable = false, updatable = false)
    private Long tenantId;

    @NotNull
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "program_id")
    private Program program;

    @NotNull
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "centre_id")
    private Centre centre;

    @NotNull
    @Column(name = "start_date")
    private LocalDate startDate;

    @Column(name = "application_deadline")
    private LocalDate applicationDeadline;

    @Min(0)
    private int seats;

    @Min(0)
    @Column(name = "international_seats")
    private int internationalSeats;

    @NotNull
    @Enumerated(EnumType.STRING)
    private IntakeStatus status = IntakeStatus.OPEN;

    @Version
    private long version;

    /** When it last changed (V99): the sitemap dates its program's page by the latest of the program's and these. */
    @Column(name = "updated_at", nullable = false)
    private java.time.Instant updatedAt;

    @jakarta.persistence.PrePersist
    @jakarta.persistence.PreUpdate
    void stampUpdate() {
        updatedAt = java.time.Instant.now();
    }

    /**
     * The months ("2027-08") the intake started in before its start was corrected into another month (V76): requests
     * that named the program at one of them asked for this intake, and keep it from deletion as its present month's do.
     */
    @jakarta.persistence.ElementCollection
    @jakarta.persistence.CollectionTable(name = "intake_former_month", joinColumns = @JoinColumn(name = "intake_id"))
    @Column(name = "start_month")
    private java.util.Set<String> formerMonths = new java.util.HashSet<>();

    public Long getId() {
        return id;
    }

    public Program getProgram() {
        return program;
    }

    public void setProgram(Program program) {
        this.program = program;
    }

    public Centre getCentre() {
        return centre;
    }

    public void setCentre(Centre centre) {
        this.centre = centre;
    }

    public LocalDate getStartDate() {
        return startDate;
    }

    public void setStartDate(LocalDate startDate) {
        this.startDate = startDate;
    }

    public LocalDate getApplicationDeadline() {
        return applicationDeadline;
    }

    public void setApplicationDeadline(LocalDate applicationDeadline) {
        this.applicationDeadline = applicationDeadline;
    }

    public int getSeats() {
        return seats;
    }

    public void setSeats(int seats) {
        this.seats = seats;
    }

    public int getInternationalSeats() {
        return internationalSeats;
    }

    public void setInternationalSeats(int internationalSeats) {
        this.internationalSeats = internationalSeats;
    }

    public IntakeStatus getStatus() {
        return status;
    }

    public void setStatus(IntakeStatus status) {
        this.status = status;
    }

    public java.time.Instant getUpdatedAt() {
        return updatedAt;
    }

    public long getVersion() {
        return version;
    }

    /**
     * Its start moved to {@code newStart}: the month it leaves, if another, is kept among its months, so that the
     * requests that named it still name this intake. Returns the month left, or null when the month stays.
     */
    java.time.YearMonth moveStart(LocalDate newStart) {
        java.time.YearMonth left = java.time.YearMonth.from(startDate);
        startDate = newStart;
        if (left.equals(java.time.YearMonth.from(newStart))) {
            return null;
        }
        formerMonths.add(left.toString());
        return left;
    }

    /** Every month requests may have named this intake by: the one it starts in, and those it started in before. */
    java.util.Set<String> askedMonths() {
        java.util.Set<String> months = new java.util.TreeSet<>(formerMonths);
        months.add(java.time.YearMonth.from(startDate).toString());
        return months;
    }

    /** The intake as its program's history names it, its start and campus: "2027-08-25 Centre Laval". */
    public String label() {
        return startDate + " " + centre.getName();
    }

    /** An intake added, as its program's history keeps it: its seats and deadline after its label. */
    public String addedDetail() {
        return label() + ": " + String.join(", ", ca.tremplin.kernel.FieldChanges.between(Seats.NONE, seats())
                .value("SEATS", Seats::seats)
                .value("INTERNATIONAL_SEATS", Seats::international)
                .value("DEADLINE", Seats::deadline)
                .lines());
    }

    /** Its seats corrected to these, as its program's history keeps it; null when they are the same. */
    public String seatsChange(int newSeats, int newInternationalSeats) {
        java.util.List<String> fields = ca.tremplin.kernel.FieldChanges
                .between(seats(), new Seats(newSeats, newInternationalSeats, applicationDeadline))
                .value("SEATS", Seats::seats)
                .value("INTERNATIONAL_SEATS", Seats::international)
                .lines();
        return fields.isEmpty() ? null : label() + ": " + String.join(", ", fields);
    }

    /**
     * Its start and deadline corrected to these, as its program's history keeps it, under the label it had ("2027-08-25
     * Laval: START (2027-08-25 → 2027-09-01)"); null when they are the same.
     */
    public String datesChange(LocalDate newStart, LocalDate newDeadline) {
        java.util.List<String> fields = ca.tremplin.kernel.FieldChanges
                .between(new Dates(startDate, applicationDeadline), new Dates(newStart, newDeadline))
                .value("START", Dates::start)
                .value("DEADLINE", Dates::deadline)
                .lines();
        return fields.isEmpty() ? null : label() + ": " + String.join(", ", fields);
    }

    /** When an intake starts and until when one applies, compared field by field. */
    private record Dates(LocalDate start, LocalDate deadline) {
    }

    private Seats seats() {
        return new Seats(seats, internationalSeats, applicationDeadline);
    }

    /** What an intake offers, compared field by field. */
    private record Seats(Integer seats, Integer international, LocalDate deadline) {
        static final Seats NONE = new Seats(null, null, null);
    }
}

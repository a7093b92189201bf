package ca.tremplin.leadimport;

/** Where a file comes from, as recognised from its content. */
public enum ImportFormat {
    ZOOM_ATTENDEES, ZOOM_REGISTRANTS, TEAMS_ATTENDANCE, EVENTBRITE, CSV,
    /** Any other table, sent as an Excel workbook: its first sheet, read as a CSV table. */
    XLSX
}

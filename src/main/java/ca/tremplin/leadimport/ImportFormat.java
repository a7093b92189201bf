package ca.tremplin.leadimport;

/** Where a file comes from, as recognised from its content. */
public enum ImportFormat {
    /** Zoom webinar "Attendee Report": host, panelist and attendee sections under the webinar's summary. */
    ZOOM_ATTENDEES,
    /** Zoom webinar "Registration Report". */
    ZOOM_REGISTRANTS,
    /** Zoom meeting "participants_*.csv", with or without the meeting's block above: one row per join. */
    ZOOM_PARTICIPANTS,
    /** Microsoft Teams attendance report: the participants section (new layout) or one row per action (old). */
    TEAMS_ATTENDANCE,
    /** Google Meet attendance report. */
    GOOGLE_MEET,
    /** Webex meeting attendee report. */
    WEBEX,
    EVENTBRITE,
    CSV,
    /** Any other table, sent as an Excel workbook: its first sheet, read as a CSV table. */
    XLSX
}

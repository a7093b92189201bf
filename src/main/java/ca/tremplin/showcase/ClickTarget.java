package ca.tremplin.showcase;

/** Where a profile leads a visitor, each counted per profile and day. */
public enum ClickTarget {
    PROGRAM("program_clicks"),
    OFFERS("offer_clicks"),
    REQUEST("request_clicks");

    final String column;

    ClickTarget(String column) {
        this.column = column;
    }
}

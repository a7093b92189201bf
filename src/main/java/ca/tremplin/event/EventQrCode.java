package ca.tremplin.event;


/**
 * An event poster's QR code: the event's registration page, marked as coming from the poster
 * ({@link ca.tremplin.kernel.QrCodes} draws it).
 */
public final class EventQrCode {

    private EventQrCode() {
    }

    public static byte[] png(String text, int size) {
        return ca.tremplin.kernel.QrCodes.png(text, size);
    }

    /** The address a poster's code opens: the event's registration page, marked as coming from the poster. */
    public static String registrationAddress(Event event, java.util.Locale locale) {
        return ca.tremplin.kernel.PublicAddress.of(EventPaths.page(event.getId(), event.title(locale), locale)
                + "?utm_source=qr&utm_medium=poster&utm_campaign=event-" + event.getId());
    }
}

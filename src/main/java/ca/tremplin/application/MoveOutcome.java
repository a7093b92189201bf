package ca.tremplin.application;

/**
 * What a move of an application told its candidate ({@link ApplicationNews}), as the board says it to staff:
 * {@code news}, and {@code newsTakenBack}, the step whose held mail the move took back before it left (null when
 * none).
 */
public record MoveOutcome(News news, ApplicationStatus newsTakenBack) implements java.io.Serializable {

    /** What the candidate hears of the move. */
    public enum News {
        /** Nothing: a step the candidate is not told of (a move back, received) or one told already. */
        NOTHING("application.moved"),
        /** Nothing yet: the interview's invitation, sent when it is planned, tells them. */
        AT_INVITATION("application.movedToInterview"),
        /** Nothing: staff chose not to tell them. */
        NOT_ASKED("application.movedUntold"),
        /** Nothing, though staff asked: erased, no address left, or their consent to processing withdrawn. */
        UNREACHABLE("application.movedNotTold"),
        /** Mailed now. */
        MAILED("application.movedTold"),
        /** Mailed once {@link ApplicationNews#HOLD} is over, unless the application moves before. */
        HELD("application.movedHeld");

        private final String messageKey;

        News(String messageKey) {
            this.messageKey = messageKey;
        }

        /** What staff read after the move. */
        public String messageKey() {
            return messageKey;
        }
    }

    /** Whether a mail to the candidate was queued, to leave now or once held. */
    public boolean mailed() {
        return news == News.MAILED || news == News.HELD;
    }
}

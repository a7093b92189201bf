package ca.tremplin.web;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.primefaces.event.DragDropEvent;

/**
 * Where a card of a board was dropped, read from the client ids PrimeFaces sends: a card
 * {@code ...columns:3:cards:7:card} dropped on a column {@code ...columns:5:column} (the places of the column and
 * the card in the rendered board, as the pipeline boards render them).
 */
public record BoardDrop(int fromColumn, int card, int toColumn) {

    private static final Pattern CARD = Pattern.compile(".*columns:(\\d+):cards:(\\d+):card$");
    private static final Pattern COLUMN = Pattern.compile(".*columns:(\\d+):column$");

    /** The drop, or empty when the ids are not a card and a column of a board. */
    public static Optional<BoardDrop> of(DragDropEvent event) {
        Matcher card = CARD.matcher(String.valueOf(event.getDragId()));
        Matcher column = COLUMN.matcher(String.valueOf(event.getDropId()));
        if (!card.matches() || !column.matches()) {
            return Optional.empty();
        }
        return Optional.of(new BoardDrop(Integer.parseInt(card.group(1)), Integer.parseInt(card.group(2)),
                Integer.parseInt(column.group(1))));
    }
}

package id.go.merangin.sapo.board;

import id.go.merangin.sapo.shared.Messages;
import id.go.merangin.sapo.shared.PagedRows;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import java.io.Serializable;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.util.Objects;

/**
 * The live board: today's numbers per OPD in the officer's reach, refreshed by a poll without reloading the page,
 * the morning's check-ins per quarter hour as a Chart.js bar chart, and the people behind each card.
 */
@Named
@ViewScoped
public class BoardView implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final DateTimeFormatter QUARTER = DateTimeFormatter.ofPattern("HH:mm");

    @Inject
    transient BoardQueries queries;

    private Board board;
    /** The figure whose people are open, or null. */
    private BoardCard card;

    private PagedRows<BoardPerson> people;

    @PostConstruct
    void init() {
        refresh();
    }

    public void refresh() {
        board = queries.today();
    }

    public Board getBoard() {
        return board;
    }

    /** Opens the people behind a card, read a page at a time from the rows the card counts. */
    public void open(BoardCard opened) {
        BoardCard chosen = Objects.requireNonNull(opened, "card");
        card = chosen;
        people = new PagedRows<>(
                () -> queries.count(chosen),
                (first, size) -> queries.people(chosen, first, size),
                person -> person.eventId() == null ? person.employeeId() : person.eventId());
        PagedRows.backToFirstPage("board:people");
    }

    public BoardCard getCard() {
        return card;
    }

    public PagedRows<BoardPerson> getPeople() {
        return people;
    }

    /** The chart's Chart.js configuration: check-ins per quarter hour from the first to the last one. */
    public String getChart() {
        JsonArrayBuilder labels = Json.createArrayBuilder();
        JsonArrayBuilder counts = Json.createArrayBuilder();
        if (!board.checkInsByQuarterHour().isEmpty()) {
            LocalTime first = board.checkInsByQuarterHour().firstKey();
            LocalTime last = board.checkInsByQuarterHour().lastKey();
            for (LocalTime quarter = first; !quarter.isAfter(last); quarter = quarter.plusMinutes(15)) {
                labels.add(QUARTER.format(quarter));
                counts.add(board.checkInsByQuarterHour().getOrDefault(quarter, 0L));
                if (quarter.equals(LocalTime.of(23, 45))) {
                    break;
                }
            }
        }
        return Json.createObjectBuilder()
                .add("type", "bar")
                .add(
                        "data",
                        Json.createObjectBuilder()
                                .add("labels", labels)
                                .add(
                                        "datasets",
                                        Json.createArrayBuilder()
                                                .add(Json.createObjectBuilder()
                                                        .add("label", Messages.text("board.chart.checkIns"))
                                                        .add("backgroundColor", "#3b82f6")
                                                        .add("data", counts))))
                .add(
                        "options",
                        Json.createObjectBuilder()
                                .add("animation", false)
                                .add("maintainAspectRatio", false)
                                .add(
                                        "plugins",
                                        Json.createObjectBuilder()
                                                .add(
                                                        "legend",
                                                        Json.createObjectBuilder()
                                                                .add("display", false))))
                .build()
                .toString();
    }
}

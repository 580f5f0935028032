package org.nineplus.ui.canvas;

import java.util.Optional;

import org.nineplus.edit.CardCommands;
import org.nineplus.edit.StageCommands;
import org.nineplus.model.Card;
import org.nineplus.model.Stage;
import org.nineplus.model.Texts;
import org.nineplus.render.Rect;
import org.nineplus.render.TextLine;
import org.nineplus.ui.editor.EditorSession;

/**
 * Titles and stage names edited in place on the canvas: the {@link InPlaceEditor} opens over the card or the stage
 * header in the map's font at its size, and a changed, non-empty text is one undo step.
 */
final class TitleEdits {

    private static final Texts TEXTS = Texts.of("org.nineplus.ui.canvas.messages");

    private final JourneyCanvas canvas;

    TitleEdits(JourneyCanvas canvas) {
        this.canvas = canvas;
    }

    /**
     * F2: the title of the one selected card, else the name of the selected stage (its header selected: no cards,
     * no lane). Returns whether an editor opened.
     */
    boolean editSelected() {
        EditorSession session = canvas.session();
        Optional<String> card = session.singleSelectedCard();
        if (card.isPresent()) {
            editTitle(card.get());
            return true;
        }
        Optional<String> stage = session.selectedStageHeader();
        stage.ifPresent(this::renameStage);
        return stage.isPresent();
    }

    /** Opens the in-place editor on a card's title; a changed, non-empty title is one "Edit title" step. */
    void editTitle(String cardId) {
        EditorSession session = canvas.session();
        canvas.layout().card(cardId).ifPresent(box -> {
            String old = session.journey().flatMap(j -> j.card(cardId)).map(Card::title).orElse(box.shownTitle());
            TextLine first = box.titleLines().isEmpty() ? null : box.titleLines().get(0);
            double size = first == null ? canvas.baseOptions().cardTitleSize() : first.size();
            canvas.editor().open(box.rect(), old, size, first != null && first.bold(), text -> {
                String title = oneParagraph(text);
                session.journey().ifPresent(j -> j.card(cardId).ifPresent(card -> {
                    if (!title.isEmpty() && !title.equals(card.title())) {
                        session.execute(CardCommands.update(j.id(), card.withTitle(title), TEXTS.get("editTitle")));
                    }
                }));
            });
        });
    }

    /** Opens the in-place editor on a stage's name; a changed, non-empty name is one "Rename" step. */
    void renameStage(String stageId) {
        EditorSession session = canvas.session();
        canvas.layout().stages().stream().filter(c -> c.stageId().equals(stageId)).findFirst().ifPresent(column -> {
            String old = session.journey().flatMap(j -> j.stage(stageId)).map(Stage::name).orElse("");
            Rect h = column.header();
            canvas.editor().open(new Rect(h.x(), h.y(), h.width(), Math.max(24, h.height() / 2)), old,
                    canvas.baseOptions().stageNameSize(), true, text -> {
                        String name = oneParagraph(text);
                        session.journey().ifPresent(j -> j.stage(stageId).ifPresent(stage -> {
                            if (!name.isEmpty() && !name.equals(stage.name())) {
                                session.execute(StageCommands.update(j.id(), stage.withName(name),
                                        TEXTS.get("rename")));
                            }
                        }));
                    });
        });
    }

    /** Titles are one paragraph: line breaks become spaces, ends are trimmed. */
    static String oneParagraph(String text) {
        return text == null ? "" : text.replaceAll("\\s*\\R\\s*", " ").strip();
    }
}

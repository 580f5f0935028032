package org.nineplus.edit;

import java.util.ArrayList;
import java.util.List;

import org.nineplus.model.Link;

/** Commands on the links (arrows) between cards of one journey. */
public final class LinkCommands {

    private LinkCommands() {
    }

    /** Links two cards; linking a card to itself or adding an existing link changes nothing. */
    public static Command add(String journeyId, Link link) {
        return Command.of(Cells.TEXTS.get("link.add"), w -> Cells.editJourney(w, journeyId, j -> {
            if (link.from().equals(link.to()) || j.links().contains(link)
                    || j.card(link.from()).isEmpty() || j.card(link.to()).isEmpty()) {
                return j;
            }
            List<Link> links = new ArrayList<>(j.links());
            links.add(link);
            return j.withLinks(links);
        }));
    }

    public static Command delete(String journeyId, Link link) {
        return Command.of(Cells.TEXTS.get("link.delete"), w -> Cells.editJourney(w, journeyId,
                j -> j.withLinks(j.links().stream().filter(l -> !l.equals(link)).toList())));
    }
}

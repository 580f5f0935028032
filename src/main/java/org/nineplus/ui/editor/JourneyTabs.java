package org.nineplus.ui.editor;

import org.nineplus.model.Texts;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;

import org.nineplus.model.Journey;
import org.nineplus.model.Workshop;
import org.nineplus.ui.Command;

import atlantafx.base.theme.Styles;

/**
 * One tab per journey above the canvas. Choosing a tab sets the session's journey; tabs follow the workshop
 * (titles and order) without being rebuilt. The tab menu and the "+" button run the editor's journey commands.
 */
public final class JourneyTabs extends HBox {

    private static final Texts TEXTS = Texts.of("org.nineplus.ui.editor.messages");

    private final EditorSession session;
    private final TabPane tabs = new TabPane();
    private final Map<String, Tab> byJourney = new LinkedHashMap<>();
    private final List<Command> tabCommands;
    private boolean syncing;

    /** @param add the "+" button's command; @param tabCommands rename, duplicate, delete of the shown journey */
    public JourneyTabs(EditorSession session, Command add, List<Command> tabCommands) {
        this.session = session;
        this.tabCommands = tabCommands;
        setId("journeyTabs");
        getStyleClass().add("journey-tabs");
        setAlignment(Pos.BOTTOM_LEFT);
        tabs.setId("journeyTabPane");
        tabs.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        HBox.setHgrow(tabs, Priority.ALWAYS);
        Button plus = add.button();
        plus.setText(null);
        plus.getStyleClass().addAll(Styles.BUTTON_ICON, Styles.FLAT);
        getChildren().addAll(tabs, plus);

        session.workshopProperty().addListener((obs, old, now) -> sync(now));
        session.journeyIdProperty().addListener((obs, old, now) -> selectShown());
        tabs.getSelectionModel().selectedItemProperty().addListener((obs, old, now) -> {
            if (!syncing && now != null) {
                session.journeyIdProperty().set((String) now.getUserData());
            }
        });
        sync(session.current());
    }

    private void sync(Workshop workshop) {
        syncing = true;
        try {
            Map<String, Tab> kept = new LinkedHashMap<>();
            for (Journey journey : workshop.journeys()) {
                Tab tab = byJourney.containsKey(journey.id()) ? byJourney.get(journey.id()) : newTab(journey);
                tab.setText(journey.title().isBlank() ? TEXTS.get("journey.untitled") : journey.title());
                tab.getTooltip().setText(journey.persona().isBlank() ? journey.title()
                        : TEXTS.get("journey.tooltip", journey.title(), journey.persona()));
                kept.put(journey.id(), tab);
            }
            byJourney.clear();
            byJourney.putAll(kept);
            if (!tabs.getTabs().equals(List.copyOf(kept.values()))) {
                tabs.getTabs().setAll(kept.values());
            }
        } finally {
            syncing = false;
        }
        selectShown();
    }

    private Tab newTab(Journey journey) {
        Tab tab = new Tab();
        tab.setId("journeyTab-" + journey.id());
        tab.setUserData(journey.id());
        tab.setTooltip(new Tooltip());
        ContextMenu menu = new ContextMenu();
        tabCommands.forEach(c -> menu.getItems().add(c.menuItem()));
        tab.setContextMenu(menu);
        return tab;
    }

    private void selectShown() {
        Tab shown = byJourney.get(session.journeyIdProperty().get());
        if (shown != null && tabs.getSelectionModel().getSelectedItem() != shown) {
            syncing = true;
            try {
                tabs.getSelectionModel().select(shown);
            } finally {
                syncing = false;
            }
        }
    }

    public TabPane tabPane() {
        return tabs;
    }
}

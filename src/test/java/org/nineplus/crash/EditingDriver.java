package org.nineplus.crash;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import org.nineplus.edit.CardCommands;
import org.nineplus.edit.Command;
import org.nineplus.model.Card;
import org.nineplus.model.Journey;
import org.nineplus.model.Stage;
import org.nineplus.model.Workshop;
import org.nineplus.store.WorkshopStore;
import org.nineplus.store.WorkshopSummary;
import org.nineplus.store.h2.H2WorkshopStore;
import org.nineplus.testing.TestWorkshops;
import org.nineplus.ui.editor.AutosaveBinding;
import org.nineplus.ui.editor.EditorSession;

/**
 * A child process for {@link CrashIT}: the editor's own autosave path without the window. It opens the library the
 * way the workbench does, takes its first workshop (creating it when the library is empty), and then, on one thread
 * standing in for the FX thread, makes a numbered edit every 20-50 ms through a real command on an
 * {@link EditorSession} that an {@link AutosaveBinding} ties to the store with the window's delay. After each edit it
 * prints {@code edit N} (flushed), so the parent knows what had been done when it kills the process.
 *
 * <p>Arguments: the library file, and {@code small} or {@code large} (the 5,000-card map, so saves take long).
 */
public final class EditingDriver {

    /**
     * On the large map every so many edits also renames a stage, so that autosave has to rewrite the whole snapshot
     * (5,000 cards) and some kills land in the middle of that long write.
     */
    static final int STRUCTURAL_EVERY = 40;

    private static Command renameFirstStageToo(Command titled, long number) {
        return Command.of("Title and stage name", w -> {
            Workshop changed = titled.apply(w);
            Journey journey = changed.journeys().get(0);
            List<Stage> stages = new ArrayList<>(journey.stages());
            stages.set(0, stages.get(0).withName("Stage of edit " + number));
            return changed.withJourney(journey.withStages(stages));
        });
    }

    /** The title an edit gives the first card of the first journey. */
    static String title(long edit) {
        return "edit " + edit;
    }

    /** The number of the last edit saved in {@code workshop}, 0 if none. */
    static long lastEdit(Workshop workshop) {
        String title = firstCard(workshop.journeys().get(0)).title();
        return title.startsWith("edit ") ? Long.parseLong(title.substring(5)) : 0;
    }

    private static Card firstCard(Journey journey) {
        return journey.cards().get(0);
    }

    public static void main(String[] args) throws Exception {
        Path library = Path.of(args[0]);
        boolean large = args[1].equals("large");
        H2WorkshopStore store = H2WorkshopStore.open(library);
        List<WorkshopSummary> existing = store.list();
        long id;
        Workshop workshop;
        if (existing.isEmpty()) {
            workshop = large ? TestWorkshops.large5000() : TestWorkshops.workedExample();
            id = store.create(workshop);
        } else {
            id = existing.get(0).id();
            workshop = store.load(id).workshop();
        }
        ExecutorService fx = Executors.newSingleThreadExecutor();
        EditorSession session = fx.submit(() -> new EditorSession(id, workshop, 100)).get();
        WorkshopStore timed = timed(store);
        fx.submit(() -> new AutosaveBinding(session, timed, AutosaveBinding.DELAY, fx)).get();
        long edit = lastEdit(workshop);
        System.out.println("ready " + edit);
        System.out.flush();
        Random random = new Random();
        String journeyId = workshop.journeys().get(0).id();
        while (true) {
            long number = ++edit;
            boolean done = fx.submit(() -> edit(session, journeyId, number, large)).get();
            if (!done) {
                throw new IllegalStateException("edit " + number + " was refused");
            }
            System.out.println("edit " + number);
            System.out.flush();
            Thread.sleep(20 + random.nextInt(31));
        }
    }

    /**
     * Edit {@code number}: the first card of the journey {@code journeyId} gets the title {@link #title}; on the large
     * map every {@value #STRUCTURAL_EVERY}th edit renames the first stage too. Run it where the session lives (the FX
     * thread); false when the session refused it.
     */
    static boolean edit(EditorSession session, String journeyId, long number, boolean large) {
        boolean structural = large && number % STRUCTURAL_EVERY == 0;
        Card card = firstCard(session.current().journeys().get(0));
        Command titled = CardCommands.update(journeyId, card.withTitle(title(number)), "Title");
        return session.execute(structural ? renameFirstStageToo(titled, number) : titled);
    }

    /**
     * The store, printing when each save starts ({@code saving N}), when it has committed ({@code saved N in T ms}) or
     * that it failed ({@code failed N}), for the parent's checks and failure messages.
     */
    static WorkshopStore timed(WorkshopStore store) {
        return (WorkshopStore) Proxy.newProxyInstance(EditingDriver.class.getClassLoader(),
                new Class<?>[] {WorkshopStore.class}, (proxy, method, args) -> {
                    boolean save = method.getName().equals("save");
                    long start = System.nanoTime();
                    if (save) {
                        System.out.println("saving " + lastEdit((Workshop) args[1]));
                    }
                    try {
                        Object result = method.invoke(store, args);
                        if (save) {
                            System.out.println("saved " + lastEdit((Workshop) args[1]) + " in "
                                    + (System.nanoTime() - start) / 1_000_000 + " ms");
                        }
                        return result;
                    } catch (InvocationTargetException e) {
                        if (save) {
                            System.out.println("failed " + lastEdit((Workshop) args[1]));
                        }
                        throw e.getCause();
                    }
                });
    }

    private EditingDriver() {
    }
}

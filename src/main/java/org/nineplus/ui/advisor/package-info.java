/**
 * The advisor side panel: where to invest, basic (7+) versus distinctive (9+) service, for the journey on screen.
 *
 * <p>{@link org.nineplus.ui.advisor.AdvisorViewModel} holds the state and runs the advisor on the FX thread on every
 * new revision, journey switch and budget change (about a millisecond on 5,000 cards); the views only bind.
 * {@link org.nineplus.ui.advisor.AdvisorPanel} is the node to place beside the canvas. For the canvas the view model
 * exposes the verdict per stage, the class per idea card, and the peak and end stage ids. Clicking an idea, a Kano
 * point or a warning selects the card in the session, so the canvas selects it too.
 *
 * <p>The budget is panel state: it is not part of the workshop file, and a new panel starts without one.
 */
package org.nineplus.ui.advisor;

package org.nineplus.ui;

import static org.testfx.api.FxAssert.verifyThat;
import static org.testfx.matcher.control.LabeledMatchers.hasText;

import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.stage.Stage;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

@ExtendWith(ApplicationExtension.class)
class HeadlessSmokeTest {
    @Start
    void start(Stage stage) {
        Button b = new Button("a");
        b.setId("b");
        b.setOnAction(e -> b.setText("clicked"));
        stage.setScene(new Scene(b, 200, 100));
        stage.show();
    }

    @Test
    void clicks(FxRobot robot) {
        robot.clickOn("#b");
        verifyThat("#b", hasText("clicked"));
    }
}

package org.nineplus.ui.persona;

import java.util.Map;
import java.util.Optional;
import java.util.WeakHashMap;

import javafx.scene.image.Image;
import javafx.scene.image.ImageView;
import javafx.scene.image.PixelFormat;
import javafx.scene.image.WritableImage;

import org.nineplus.render.PersonaPictures;
import org.nineplus.render.RasterImage;

/** Persona pictures as JavaFX images for the list, the chooser and the picker (the map draws them itself). */
final class PersonaImages {

    private static final Map<RasterImage, Image> IMAGES = new WeakHashMap<>();

    private PersonaImages() {
    }

    static Optional<Image> image(String picture) {
        return PersonaPictures.image(picture).map(raster -> IMAGES.computeIfAbsent(raster, r -> {
            WritableImage fx = new WritableImage(r.width(), r.height());
            fx.getPixelWriter().setPixels(0, 0, r.width(), r.height(), PixelFormat.getIntArgbInstance(), r.argb(), 0,
                    r.width());
            return fx;
        }));
    }

    /** A square view of the picture, {@code size} wide, or an empty view when there is none. */
    static ImageView view(String picture, double size) {
        ImageView view = new ImageView(image(picture).orElse(null));
        view.setFitWidth(size);
        view.setFitHeight(size);
        view.setPreserveRatio(true);
        view.setSmooth(true);
        return view;
    }
}

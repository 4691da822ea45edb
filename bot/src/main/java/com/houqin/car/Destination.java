package com.houqin.car;

import java.util.Locale;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * A frequent destination, offered as a button. Its direction (a zone such as "north") lets trips
 * to different places the same way share a car. {@code uses} orders the buttons.
 */
@Document("car_destinations")
public record Destination(@Id String id, String name, String direction, boolean active, int uses) {

    public Destination {
        name = name == null ? "" : name.strip();
        if (name.isEmpty()) {
            throw new IllegalArgumentException("a destination needs a name");
        }
        id = keyOf(name);
        direction = direction == null || direction.isBlank() ? null : direction.strip().toLowerCase(Locale.ROOT);
    }

    static String keyOf(String name) {
        return name.strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
    }
}

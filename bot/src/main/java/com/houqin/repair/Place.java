package com.houqin.repair;

import java.time.Instant;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/** A room or place with a QR code: scanning it opens a repair report with the place filled in. */
@Document("places")
public record Place(@Id String id, String building, String floor, String room, long createdBy, Instant createdAt) {

    public String label() {
        StringBuilder b = new StringBuilder(building);
        if (floor != null && !floor.isBlank()) {
            b.append(", ").append(floor);
        }
        if (room != null && !room.isBlank()) {
            b.append(", ").append(room);
        }
        return b.toString();
    }
}

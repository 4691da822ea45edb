package com.houqin.car;

import java.util.Locale;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/** A company car. Its plate is its id; an inactive car is kept for history but no longer offered. */
@Document("car_vehicles")
public record Vehicle(@Id String plate, int seats, String kind, boolean active) {

    public static final int MAX_SEATS = 60;

    public Vehicle {
        plate = normalizePlate(plate);
        if (plate.isEmpty()) {
            throw new IllegalArgumentException("a vehicle needs a plate");
        }
        if (seats < 1 || seats > MAX_SEATS) {
            throw new IllegalArgumentException("seats must be 1.." + MAX_SEATS + ": " + seats);
        }
        kind = kind == null ? "" : kind.strip();
    }

    static String normalizePlate(String plate) {
        return plate == null ? "" : plate.strip().replaceAll("\\s+", " ").toUpperCase(Locale.ROOT);
    }
}

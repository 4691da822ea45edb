package com.houqin.repair;

import java.security.SecureRandom;
import java.time.Clock;
import java.util.List;
import java.util.Optional;

import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.stereotype.Component;

@Component
public class Places {

    private static final String ALPHABET = "abcdefghijkmnpqrstuvwxyz23456789";

    private final MongoTemplate mongo;
    private final Clock clock;
    private final SecureRandom random = new SecureRandom();

    public Places(MongoTemplate mongo, Clock clock) {
        this.mongo = mongo;
        this.clock = clock;
    }

    public Place create(String building, String floor, String room, long adminId) {
        StringBuilder id = new StringBuilder();
        for (int i = 0; i < 8; i++) {
            id.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
        }
        Place place = new Place(id.toString(), building, floor, room, adminId, clock.instant());
        mongo.insert(place);
        return place;
    }

    public Optional<Place> find(String id) {
        if (id == null || !id.matches("[a-z0-9]{1,16}")) {
            return Optional.empty();
        }
        return Optional.ofNullable(mongo.findById(id, Place.class));
    }

    public List<Place> all() {
        return mongo.findAll(Place.class).stream()
                .sorted(java.util.Comparator.comparing(Place::label)).toList();
    }
}

package com.houqin.car;

import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.mongodb.core.FindAndModifyOptions;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;

/** The cars and the frequent destinations, as admins keep them. */
@Component
public class Fleet {

    private final MongoTemplate mongo;

    public Fleet(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    public List<Vehicle> vehicles() {
        return mongo.findAll(Vehicle.class).stream().sorted(Comparator.comparing(Vehicle::plate)).toList();
    }

    public List<Vehicle> activeVehicles() {
        return vehicles().stream().filter(Vehicle::active).toList();
    }

    public Optional<Vehicle> vehicle(String plate) {
        return Optional.ofNullable(mongo.findById(Vehicle.normalizePlate(plate), Vehicle.class));
    }

    /** The seats of the largest active car: no request may ask for more; 0 when there is no car. */
    public int largestSeats() {
        return activeVehicles().stream().mapToInt(Vehicle::seats).max().orElse(0);
    }

    /** Adds a car, or changes the seats and kind of the car with that plate (and makes it active). */
    public Vehicle saveVehicle(String plate, int seats, String kind) {
        Vehicle v = new Vehicle(plate, seats, kind, true);
        return mongo.findAndModify(Query.query(Criteria.where("_id").is(v.plate())),
                new Update().set("seats", v.seats()).set("kind", v.kind()).set("active", true),
                FindAndModifyOptions.options().upsert(true).returnNew(true), Vehicle.class);
    }

    /** Adds the car unless one with its plate exists (configuration seeds; admins' changes stay). */
    public void seedVehicle(Vehicle v) {
        upsertIfAbsent(Query.query(Criteria.where("_id").is(v.plate())), new Update()
                .setOnInsert("seats", v.seats()).setOnInsert("kind", v.kind()).setOnInsert("active", v.active()),
                Vehicle.class);
    }

    public Optional<Vehicle> setVehicleActive(String plate, boolean active) {
        return Optional.ofNullable(mongo.findAndModify(
                Query.query(Criteria.where("_id").is(Vehicle.normalizePlate(plate))), Update.update("active", active),
                FindAndModifyOptions.options().returnNew(true), Vehicle.class));
    }

    public List<Destination> destinations() {
        return mongo.findAll(Destination.class).stream().sorted(Comparator.comparing(Destination::name)).toList();
    }

    /** Active destinations, the most used first. */
    public List<Destination> frequentDestinations() {
        return destinations().stream().filter(Destination::active)
                .sorted(Comparator.comparingInt(Destination::uses).reversed().thenComparing(Destination::name))
                .toList();
    }

    public Optional<Destination> destination(String id) {
        return id == null ? Optional.empty() : Optional.ofNullable(mongo.findById(id, Destination.class));
    }

    /** The destination with this name (any case, any spacing), if it is a known one. */
    public Optional<Destination> destinationNamed(String name) {
        return name == null || name.isBlank() ? Optional.empty() : destination(Destination.keyOf(name));
    }

    public List<String> directions() {
        return destinations().stream().map(Destination::direction).filter(Objects::nonNull).distinct().sorted()
                .toList();
    }

    public Destination saveDestination(String name, String direction) {
        Destination d = new Destination(null, name, direction, true, 0);
        return mongo.findAndModify(Query.query(Criteria.where("_id").is(d.id())),
                new Update().set("name", d.name()).set("direction", d.direction()).set("active", true)
                        .setOnInsert("uses", 0),
                FindAndModifyOptions.options().upsert(true).returnNew(true), Destination.class);
    }

    public void seedDestination(Destination d) {
        upsertIfAbsent(Query.query(Criteria.where("_id").is(d.id())), new Update().setOnInsert("name", d.name())
                .setOnInsert("direction", d.direction()).setOnInsert("active", d.active()).setOnInsert("uses", 0),
                Destination.class);
    }

    public Optional<Destination> setDestinationActive(String id, boolean active) {
        return Optional.ofNullable(mongo.findAndModify(Query.query(Criteria.where("_id").is(id)),
                Update.update("active", active), FindAndModifyOptions.options().returnNew(true), Destination.class));
    }

    public void countUse(String destinationId) {
        mongo.updateFirst(Query.query(Criteria.where("_id").is(destinationId)), new Update().inc("uses", 1),
                Destination.class);
    }

    private void upsertIfAbsent(Query query, Update update, Class<?> type) {
        try {
            mongo.upsert(query, update, type);
        } catch (DuplicateKeyException anotherInstanceSeededIt) {
            // the same seed, written by another instance starting at the same time
        }
    }
}

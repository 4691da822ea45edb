package com.houqin.car;

/**
 * A change that cannot be made as asked (the trip was assigned meanwhile, the car is taken...),
 * with the bundle key and arguments that tell the person why. Nothing is written.
 */
final class Refusal extends RuntimeException {

    private final String key;
    private final transient Object[] args;

    Refusal(String key, Object... args) {
        super(key, null, false, false);
        this.key = key;
        this.args = args;
    }

    String key() {
        return key;
    }

    Object[] args() {
        return args;
    }
}

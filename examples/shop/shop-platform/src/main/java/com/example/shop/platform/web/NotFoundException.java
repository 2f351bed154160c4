package com.example.shop.platform.web;

/** A resource addressed by the request does not exist; mapped to 404. */
public class NotFoundException extends RuntimeException {

    public NotFoundException(String resource, Object id) {
        super(resource + " " + id + " not found");
    }
}

package com.example.shop.platform.web;

/** The JSON body of every error response of the REST API. */
public record ApiError(int status, String error, String message, String path) {
}

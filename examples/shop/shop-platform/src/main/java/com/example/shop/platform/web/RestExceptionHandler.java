package com.example.shop.platform.web;

import com.example.shop.platform.fx.ExchangeRateUnavailableException;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * Maps the exceptions of the business code to HTTP answers. Business code throws
 * {@link IllegalArgumentException} for bad input and never deals with HTTP itself.
 */
@RestControllerAdvice
public class RestExceptionHandler {

    @ExceptionHandler(IllegalArgumentException.class)
    public ResponseEntity<ApiError> badRequest(IllegalArgumentException e, HttpServletRequest request) {
        return answer(HttpStatus.BAD_REQUEST, e, request);
    }

    @ExceptionHandler(NotFoundException.class)
    public ResponseEntity<ApiError> notFound(NotFoundException e, HttpServletRequest request) {
        return answer(HttpStatus.NOT_FOUND, e, request);
    }

    @ExceptionHandler(ExchangeRateUnavailableException.class)
    public ResponseEntity<ApiError> rateUnavailable(ExchangeRateUnavailableException e, HttpServletRequest request) {
        return answer(HttpStatus.SERVICE_UNAVAILABLE, e, request);
    }

    private static ResponseEntity<ApiError> answer(HttpStatus status, RuntimeException e, HttpServletRequest request) {
        ApiError body = new ApiError(status.value(), status.getReasonPhrase(), e.getMessage(), request.getRequestURI());
        return ResponseEntity.status(status).body(body);
    }
}

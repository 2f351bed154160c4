package io.wasmfit.generator.java;

/**
 * How one parameter of the candidate method gets its value from the request.
 *
 * @param javaName     the parameter's name in the source
 * @param key          the request's name for it (query parameter, path variable, header), or null
 * @param source       where the value comes from
 * @param type         its declared type
 * @param defaultValue the framework's default value, or null
 * @param required     whether a missing value is a 400
 */
public record HttpParam(String javaName, String key, Source source, TypeRef type, String defaultValue, boolean required) {

    public enum Source {
        /** A query parameter ({@code @RequestParam}, {@code @QueryParam}, or a simple unannotated type). */
        QUERY,
        /** A path segment ({@code @PathVariable}, {@code @PathParam}). */
        PATH,
        /** A request header ({@code @RequestHeader}, {@code @HeaderParam}). */
        HEADER,
        /** The JSON body ({@code @RequestBody}, the JAX-RS entity, a function's event). */
        BODY,
        /** Nothing in a WAGI request provides it (a servlet request, a Lambda Context): passed null. */
        NONE
    }
}

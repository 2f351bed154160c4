${types}
/*
 * The original Java method, for reference while porting:
 *
${javaReference}
 */
// A message on topic '${destination}'. The MQTT trigger plugin calls the component's
// inbound-mqtt export; see https://github.com/spinkube/spin-trigger-mqtt for the JS binding.
export async function handleMessage(payload: Uint8Array): Promise<void> {
    void payload;
    // TODO(wasmfit): decode the payload into ${requestType} and port the method body.
    throw new Error('wasmfit stub: ${candidateId} is not ported yet');
}

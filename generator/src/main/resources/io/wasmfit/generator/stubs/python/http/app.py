from dataclasses import dataclass
from decimal import Decimal
from typing import Any, Optional

from spin_sdk import http
from spin_sdk.http import Request, Response

${types}
# The original Java method, for reference while porting:
#
${javaReference}


class IncomingHandler(http.IncomingHandler):
    def handle_request(self, request: Request) -> Response:
        # ${route}: read the parameters (query, path, JSON body) into ${requestType}.
        # TODO(wasmfit): port the method body and answer with a ${responseType} as JSON.
        return Response(501, {"content-type": "text/plain"},
                        bytes("wasmfit stub: ${candidateId} is not ported yet", "utf-8"))

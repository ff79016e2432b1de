"""One router per concern: extraction, streaming, service status, the web page."""

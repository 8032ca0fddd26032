"""briefgen: research briefings from a corpus of raw Chinese news."""

__version__ = "0.1.0"

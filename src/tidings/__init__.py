"""tidings: a sourced record of political events from news.

Importing the package is cheap: it does not load spaCy. Use ``tidings.extract`` for the pipeline.
"""

__version__ = "0.1.0"

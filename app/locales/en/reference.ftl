# reference

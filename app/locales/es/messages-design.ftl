# What the services and the domain say: design.

# What the services and the domain say: delivery.

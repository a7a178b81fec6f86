# designer

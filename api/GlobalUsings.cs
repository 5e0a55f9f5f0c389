// The movement's "unit" (đơn vị) is a core word of the domain; it wins over Mediator.Unit, which is written out where needed.
global using Unit = Antq.Api.Domain.Unit;

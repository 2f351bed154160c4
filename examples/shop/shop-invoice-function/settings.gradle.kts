rootProject.name = "shop-invoice-function"

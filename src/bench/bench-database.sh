# Sourced by benchmark scripts: create_bench_database NAME makes a fresh, empty MariaDB database NAME
# (127.0.0.1:3306, root, no password) and the account benchmark servers use to reach it.
create_bench_database() {
    mysql --protocol=TCP -h 127.0.0.1 -u root -e "
      DROP DATABASE IF EXISTS $1;
      CREATE DATABASE $1 CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci;
      CREATE USER IF NOT EXISTS 'tremplin_bench'@'localhost' IDENTIFIED BY 'bench-local-only';
      CREATE USER IF NOT EXISTS 'tremplin_bench'@'%' IDENTIFIED BY 'bench-local-only';
      GRANT ALL ON $1.* TO 'tremplin_bench'@'localhost';
      GRANT ALL ON $1.* TO 'tremplin_bench'@'%';"
}

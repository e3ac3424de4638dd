<?xml version="1.0" encoding="UTF-8"?>
<tileset version="1.8" tiledversion="1.8.2" name="house" tilewidth="16" tileheight="16" tilecount="45" columns="8">
 <image source="../../assets/tiles/house.png" width="128" height="96"/>
</tileset>
